/**
 * Expected behaviour of each notifiable disease in Kon Tum (province-wide cases per year), chosen so that
 * the years the report does not pin down look like the years it does. Deaths are a share of cases.
 */
import type { DiseaseProfile } from './profiles.ts';

const RAINY = [0.6, 0.5, 0.5, 0.6, 0.9, 1.2, 1.4, 1.5, 1.4, 1.3, 1.1, 1.0];
const WINTER_SPRING = [1.3, 1.4, 1.5, 1.3, 1.1, 0.8, 0.6, 0.6, 0.7, 0.9, 1.0, 1.1];
const SUMMER = [0.2, 0.2, 0.4, 0.8, 1.6, 2.4, 2.4, 1.8, 1.0, 0.6, 0.3, 0.3];
const NEVER = { cases: { annual: { 2019: 0 } }, fatality: 0 };

/** Disease profiles by disease code; diseases not listed get one case a year at most. */
export const DISEASE_PROFILES: Readonly<Record<string, DiseaseProfile>> = {
  COVID19: {
    cases: {
      annual: { 2019: 0, 2020: 0, 2021: 700, 2022: 29_800, 2023: 150 },
      seasonByYear: {
        2021: [0, 0, 0, 0, 0.2, 0.3, 0.5, 0.5, 0.5, 1.5, 4, 4.5],
        2022: [8, 25, 30, 18, 7, 3, 2, 2, 1.5, 1, 0.3, 0.5],
        2023: [4, 3, 2, 1.5, 1, 1, 1, 0.7, 0.5, 0.2, 0.1, 0.1],
      },
      noise: 0.3,
    },
    fatality: 0.0004,
  },
  // Hand-foot-mouth: school-term bumps in spring and autumn, more in the city.
  TCM: {
    cases: {
      annual: { 2019: 340, 2020: 110, 2021: 50, 2022: 75, 2023: 155 },
      season: [0.5, 0.4, 0.9, 1.3, 1.4, 1.0, 0.7, 0.8, 1.3, 1.5, 1.4, 0.8],
      noise: 0.35,
      unitBias: { '608': 1.3 },
    },
    fatality: 0.0005,
  },
  THUYDAU: {
    cases: {
      annual: { 2019: 300, 2020: 190, 2021: 90, 2022: 160, 2023: 165 },
      season: [1.3, 1.5, 1.8, 1.5, 1.0, 0.6, 0.5, 0.5, 0.7, 1.0, 0.9, 1.0],
      noise: 0.35,
    },
    fatality: 0,
  },
  QUAIBI: {
    cases: { annual: { 2019: 110, 2020: 70, 2021: 30, 2022: 42, 2023: 44 }, season: WINTER_SPRING, noise: 0.3 },
    fatality: 0,
  },
  // Dengue: rainy season June–October, lowland districts.
  SXHD: {
    cases: {
      annual: { 2019: 2_300, 2020: 650, 2021: 120, 2022: 1_010, 2023: 460 },
      season: [0.25, 0.15, 0.15, 0.25, 0.6, 1.3, 2.0, 2.3, 2.2, 1.6, 0.8, 0.4],
      noise: 0.4,
      unitBias: { '608': 1.4, '612': 1.3, '614': 1.2, '616': 1.2, '618': 1.2, '613': 0.4, '610': 0.5, '617': 0.5 },
    },
    fatality: 0.0008,
  },
  // Malaria: nearly eliminated, forest and border districts.
  SOTRET: {
    cases: {
      annual: { 2019: 70, 2020: 28, 2021: 9, 2022: 4, 2023: 2 },
      season: RAINY,
      unitBias: { '618': 3, '616': 2, '611': 1.5, '610': 1.5, '617': 1.5, '608': 0.3 },
    },
    fatality: 0.003,
  },
  VNNB: { cases: { annual: { 2019: 8, 2020: 5, 2021: 3, 2022: 0.5, 2023: 3 }, season: SUMMER }, fatality: 0.05 },
  VGA: { cases: { annual: { 2019: 10, 2020: 8, 2021: 5, 2022: 6.5, 2023: 8 } }, fatality: 0 },
  LAO: {
    cases: {
      annual: { 2019: 345, 2020: 335, 2021: 330, 2022: 420, 2023: 505 },
      season: [0.9, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.1, 1.1],
      noise: 0.15,
      split: { AFB_POS: 0.75, AFB_NEG: 0.1, EXTRAPULM: 0.15 },
    },
    fatality: 0.006,
  },
  PHONG: {
    cases: { annual: { 2019: 4, 2020: 3, 2021: 2, 2022: 2.2, 2023: 2 }, unitBias: { '610': 2, '617': 1.5 } },
    fatality: 0,
  },
  // Group A and exotic diseases never seen in Kon Tum.
  CUMA_H5N1: NEVER,
  MERS: NEVER,
  BAILIET: NEVER,
  TA: NEVER,
  DICHHACH: NEVER,
  DAUMUAKHI: NEVER,
  ZIKA: NEVER,
  THAN: NEVER,
  CUMA_H1N1: {
    cases: { annual: { 2019: 6, 2020: 2, 2021: 0, 2022: 3, 2023: 2 }, season: WINTER_SPRING },
    fatality: 0.01,
  },
  BACHHAU: { cases: { annual: { 2019: 4, 2020: 9, 2021: 1, 2022: 0.5, 2023: 0.5 } }, fatality: 0.08 },
  DAI: { cases: { annual: { 2019: 2, 2020: 1, 2021: 1, 2022: 1, 2023: 1 } }, fatality: 1 },
  HOGA: { cases: { annual: { 2019: 5, 2020: 3, 2021: 1, 2022: 1, 2023: 1 } }, fatality: 0 },
  SOI: { cases: { annual: { 2019: 45, 2020: 6, 2021: 1, 2022: 1, 2023: 2 }, season: WINTER_SPRING }, fatality: 0 },
  RUBELLA: {
    cases: { annual: { 2019: 4, 2020: 1, 2021: 0.5, 2022: 0.5, 2023: 0.5 }, season: WINTER_SPRING },
    fatality: 0,
  },
  UONVAN_SS: { cases: { annual: { 2019: 1, 2020: 0.5, 2021: 0.5, 2022: 0.5, 2023: 1 } }, fatality: 0.5 },
  UONVAN: { cases: { annual: { 2019: 4, 2020: 3, 2021: 3, 2022: 3, 2023: 3 } }, fatality: 0.1 },
  VNVR: { cases: { annual: { 2019: 10, 2020: 8, 2021: 5, 2022: 6, 2023: 6 }, season: SUMMER }, fatality: 0.05 },
  VMNNMC: { cases: { annual: { 2019: 1, 2020: 0.5, 2021: 0.5, 2022: 0.5, 2023: 0.5 } }, fatality: 0.1 },
  VGB: { cases: { annual: { 2019: 25, 2020: 20, 2021: 15, 2022: 18, 2023: 20 } }, fatality: 0 },
  VGC: { cases: { annual: { 2019: 5, 2020: 4, 2021: 3, 2022: 4, 2023: 4 } }, fatality: 0 },
  CUM: {
    cases: { annual: { 2019: 60, 2020: 35, 2021: 10, 2022: 25, 2023: 30 }, season: WINTER_SPRING, noise: 0.4 },
    fatality: 0,
  },
  THUONGHAN: { cases: { annual: { 2019: 2, 2020: 1, 2021: 1, 2022: 1, 2023: 1 } }, fatality: 0 },
  LYTT: { cases: { annual: { 2019: 8, 2020: 6, 2021: 4, 2022: 5, 2023: 5 }, season: RAINY }, fatality: 0 },
  LYAMIP: { cases: { annual: { 2019: 10, 2020: 8, 2021: 5, 2022: 6, 2023: 6 }, season: RAINY }, fatality: 0 },
  TIEUCHAY: {
    cases: { annual: { 2019: 90, 2020: 70, 2021: 50, 2022: 60, 2023: 60 }, season: RAINY, noise: 0.3 },
    fatality: 0,
  },
  LIENCAULON: { cases: { annual: { 2019: 1, 2020: 0.5, 2021: 0.5, 2022: 0.5, 2023: 0.5 } }, fatality: 0.1 },
  XOANKHUAN: { cases: { annual: { 2019: 1, 2020: 0.5, 2021: 0.5, 2022: 0.5, 2023: 0.5 }, season: RAINY }, fatality: 0 },
  ADENO: { cases: { annual: { 2019: 2, 2020: 1, 2021: 0.5, 2022: 3, 2023: 1 } }, fatality: 0 },
};
