/**
 * OCR confidence: a cell read with less than this (tesseract's 0–100 word confidence, the least
 * certain word of the cell) is not trusted. It is noted for the person to check, and the values
 * scoring uses from it are listed in evaluation.source.unreadable, which scoring treats as unreadable.
 */
export const LOW_CONFIDENCE = 60;
