import { Col, Row } from 'antd';
import { ColleagueInvitationCard } from '../../components/colleagues/ColleagueInvitationCard';
import { ColleaguesToConfirm } from '../../components/colleagues/ColleaguesToConfirm';

/** `/visitor/invite` (快邀请 → 邀请单位同事): the link and QR code, and who registered through it. */
export const VisitorInvitePage = () => (
  <Row gutter={[16, 16]}>
    <Col xs={24} xxl={8}>
      <ColleagueInvitationCard />
    </Col>
    <Col xs={24} xxl={16}>
      <ColleaguesToConfirm />
    </Col>
  </Row>
);
