/** A .docx converted to PDF by LibreOffice, or null when LibreOffice is not installed (being written). */
export async function convertDocxToPdf(_docx: Buffer): Promise<Buffer | null> {
  return null;
}
