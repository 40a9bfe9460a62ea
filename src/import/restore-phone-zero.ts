/**
 * A phone number typed into an Excel cell of the General format is stored as a number, and the
 * area code loses its 0: 051268751234 becomes 51268751234. No Chinese number of 10–11 digits
 * starts with 2–9 (mobiles start with 1, landlines with an area code starting with 0, service
 * numbers are shorter), so such a value can only be a landline that lost its 0.
 */

/** The number with its leading 0 back, or undefined when the text is not such a number. */
export function restorePhoneZero(text: string): string | undefined {
  return /^[2-9]\d{9,10}$/.test(text) ? `0${text}` : undefined;
}
