import { doctorEn } from './doctor.en';
import { doctorZhTW, type DoctorText } from './doctor.zh-TW';
import type { Locale } from './locale';

const DOCTOR: Record<Locale, DoctorText> = { 'zh-TW': doctorZhTW, en: doctorEn };

/** The doctor's tools' words (loaded with them, apart from the first script). */
export function doctorText(locale: Locale): DoctorText {
  return DOCTOR[locale];
}
