import { TransferQueue } from '../../components/bank-transfer/TransferQueue';
import { TransferReview } from '../../components/bank-transfer/TransferReview';

/** /finance/transfers — 转账确认: the queue of remittances waiting for finance. */
export const FinanceTransferList = () => <TransferQueue />;

/** /finance/transfers/:id — one remittance with its voucher; 确认到账 / 驳回. */
export const FinanceTransferShow = () => <TransferReview />;
