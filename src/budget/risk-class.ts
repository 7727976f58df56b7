/**
 * JKK risk classes of PP 44/2015 Pasal 16(1) a–e (class I very low … class V very high).
 * Stable machine values, in class order.
 */
export const RISK_CLASSES = ['very_low', 'low', 'medium', 'high', 'very_high'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** Class I: pemda office work is usually very low risk (DOMAIN.md §2.1 and "Decisions already taken"). */
export const DEFAULT_RISK_CLASS: RiskClass = 'very_low';

const INDONESIAN: Readonly<Record<string, RiskClass>> = {
  'sangat rendah': 'very_low',
  rendah: 'low',
  sedang: 'medium',
  tinggi: 'high',
  'sangat tinggi': 'very_high',
};

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v'] as const;

/**
 * Reads a risk class written the way a user would: English ("very_low", "Very low", "very-low"),
 * Indonesian ("sangat rendah", "Sedang"), a class number 1–5 or a Roman numeral I–V, optionally
 * prefixed by "class"/"kelas"/"tingkat" ("Kelas II"). Null when it is none of these.
 */
export function parseRiskClass(text: string): RiskClass | null {
  let v = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  v = v.replace(/^(class|kelas|tingkat)\s+/, '');
  const english = v.replace(/ /g, '_');
  if ((RISK_CLASSES as readonly string[]).includes(english)) return english as RiskClass;
  if (Object.hasOwn(INDONESIAN, v)) return INDONESIAN[v] ?? null;
  const byNumber = /^[1-5]$/.test(v) ? Number(v) - 1 : (ROMAN as readonly string[]).indexOf(v);
  return byNumber >= 0 ? (RISK_CLASSES[byNumber] ?? null) : null;
}
