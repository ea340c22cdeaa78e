import { Space } from 'antd';
import { useState } from 'react';
import { StatementImport } from '../../components/bank-transfer/StatementImport';
import { StatementLines } from '../../components/bank-transfer/StatementLines';

/** /finance/statements — 对账单导入: import a bank statement, then match what stayed unmatched. */
export const FinanceStatementsPage = () => {
  const [imports, setImports] = useState(0);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <StatementImport onImported={() => setImports((n) => n + 1)} />
      <StatementLines refreshKey={imports} />
    </Space>
  );
};
