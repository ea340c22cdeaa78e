// The account a bank transfer is paid into (收款账户), from settings (.env.example:
// BANK_TRANSFER_ACCOUNT_NAME / _BANK / _NUMBER). The sandbox (which `npm start` and the demo run)
// shows a made-up account so the whole path runs locally; production without settings simply does not offer transfers.

export interface ReceivingAccount {
  name: string;
  bank: string;
  number: string;
}

const DEMO_ACCOUNT: ReceivingAccount = {
  name: '中国国际进口博览局（演示账户）',
  bank: '中国银行上海市分行营业部（演示）',
  number: '4563 5123 0000 0000 001',
};

type Env = Record<string, string | undefined>;

/** The receiving account, or null when transfers are not offered. */
export function receivingAccount(env: Env = process.env): ReceivingAccount | null {
  const name = env.BANK_TRANSFER_ACCOUNT_NAME?.trim();
  const bank = env.BANK_TRANSFER_ACCOUNT_BANK?.trim();
  const number = env.BANK_TRANSFER_ACCOUNT_NUMBER?.trim();
  if (name && bank && number) return { name, bank, number };
  if (name || bank || number) {
    // Half an account is a typo that would send money nowhere: refuse to start.
    throw new Error(
      'bank transfer settings incomplete: BANK_TRANSFER_ACCOUNT_NAME, _BANK and _NUMBER go together',
    );
  }
  // Not tied to SEED_DEMO_DATA: a seeded production must never show a made-up account.
  return env.PAYMENT_SANDBOX === 'true' ? DEMO_ACCOUNT : null;
}
