/**
 * Every public code of DATA_DICTIONARY.md, copied so tests never read files outside the repository.
 * Tests of the package, the CLI export and the demo values all check against this one list.
 */
const words = (text: string) => text.trim().split(/\s+/);

export const DICTIONARY_CODES = {
  diseases: words(`
    COVID19 CUMA_H5N1 MERS BAILIET TA DICHHACH DAUMUAKHI CUMA_H1N1 ZIKA BACHHAU DAI HOGA SOI RUBELLA
    UONVAN_SS UONVAN TCM THUYDAU QUAIBI SXHD SOTRET VNNB VNVR VMNNMC VGA VGB VGC CUM THUONGHAN LYTT
    LYAMIP TIEUCHAY LIENCAULON THAN XOANKHUAN ADENO LAO PHONG
  `),
  extraElements: words(`
    SXHD_OUTBREAKS SOTRET_SEVERE SOTRET_IMPORTED LAO_REG_CASES LAO_REG_DEATHS LAO_REG_COMPLETED
    LAO_REG_ACTIVE PHONG_MANAGED PHONG_DK_MANAGED PHONG_DK_INPATIENT_OPEN PHONG_DK_VISITS
    PHONG_DK_ADMISSIONS PHONG_DK_DISCHARGES PHONG_DK_INPATIENT_CLOSE KDYT_CHECKED KDYT_SUSPECTED
    TCMR_FULL_DONE TCMR_FULL_TARGET TC_UV_PN_DONE TC_UV_PN_TARGET TC_IPV_BS_DONE TC_IPV_BS_TARGET
    HIV_NEW HIV_DEATHS HIV_TRANSFER_IN HIV_REG_TOTAL HIV_REG_DEATHS HIV_REG_REACHED HIV_REG_AIDS
    HIV_REG_AIDS_LIVING HIV_ARV HIV_ARV_CHILDREN HIV_INH KCB_VISITS KCB_INPATIENTS KCB_BED_DAYS
    KCB_BEDS_PLAN ATTP_CERT_NEW ATTP_CERT_RENEWED ATTP_SELF_DECLARED ATTP_POISONING_CASES
    ATTP_POISONING_OUTBREAKS ATTP_POISONING_DEATHS ATTP_INSPECTED ATTP_INSPECTED_PASSED GD_PY_AUTOPSY
    GD_PY_INJURY GD_PY_SEXUAL_ABUSE GD_YK KN_SAMPLES_TESTED KN_SAMPLES_PASSED KN_SAMPLES_COLLECTED
    DS_PILLS DS_IUD DS_GROUP_SESSIONS DS_GROUP_PEOPLE DS_HOUSEHOLD_VISITS DS_HOUSEHOLD_PEOPLE
    DS_CLUB_MEETINGS
  `),
  categories: { LAO_FORM: words('AFB_POS AFB_NEG EXTRAPULM'), TUYEN: words('TINH HUYEN PKDKKV') },
  dataSets: words('BTN_THANG HOATDONG_THANG'),
  indicators: words('HIV_REG_LIVING KCB_BED_OCCUPANCY'),
  orgUnits: words('62 608 615 612 611 610 617 614 613 616 618'),
  /** The districts in the province's canonical order. */
  districtsInOrder: words('608 615 612 611 610 617 614 613 616 618'),
} as const;

/** Every code above as one flat list (disease element codes included). */
export function allDictionaryCodes(): string[] {
  const c = DICTIONARY_CODES;
  return [
    ...c.diseases,
    ...c.diseases.flatMap((d) => [`${d}_CASES`, `${d}_DEATHS`]),
    ...c.extraElements,
    ...Object.keys(c.categories),
    ...Object.values(c.categories).flat(),
    ...c.dataSets,
    ...c.indicators,
    ...c.orgUnits,
  ];
}
