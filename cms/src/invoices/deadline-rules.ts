/**
 * A red-letter confirmation (红字确认单) must be confirmed within 72 hours; the buyer is
 * reminded a day before. Both from the environment so a test can shorten them.
 */
const hours = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
export const confirmationHours = () => hours('RED_LETTER_CONFIRMATION_HOURS', 72);
export const reminderHours = () => hours('RED_LETTER_REMINDER_HOURS', 24);
