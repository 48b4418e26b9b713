/** References between objects: combos → categories, elements → combos, sections and diseases → elements. */
import { messages } from './messages.ts';
import type { PackageIndex } from './package-index.ts';
import { problem, type PackageProblem } from './package-problem.ts';
import { DEFAULT_COMBO, type MetadataPackage } from './types.ts';

/** Combos name known categories, each once; only the default combo is empty; categories have options. */
export function checkCombos(pkg: MetadataPackage, index: PackageIndex): PackageProblem[] {
  const problems: PackageProblem[] = [];
  pkg.categories.forEach((c, i) => {
    if (c.options.length === 0)
      problems.push(problem(`categories[${i}].options`, messages.categoryWithoutOptions(c.code)));
  });
  pkg.categoryCombos.forEach((combo, i) => {
    const path = `categoryCombos[${i}].categories`;
    if (combo.code === DEFAULT_COMBO && combo.categories.length > 0) {
      problems.push(problem(path, messages.defaultComboNotEmpty(combo.code)));
    } else if (combo.code !== DEFAULT_COMBO && combo.categories.length === 0) {
      problems.push(problem(path, messages.emptyCombo(combo.code)));
    }
    combo.categories.forEach((code, j) => {
      if (!index.categories.has(code)) problems.push(problem(`${path}[${j}]`, messages.unknown('category', code)));
      else if (combo.categories.indexOf(code) !== j)
        problems.push(problem(`${path}[${j}]`, messages.categoryRepeated(code)));
    });
  });
  return problems;
}

/** Every element names a known combo. */
export function checkElements(pkg: MetadataPackage, index: PackageIndex): PackageProblem[] {
  return pkg.dataElements.flatMap((e, i) =>
    index.combos.has(e.categoryCombo)
      ? []
      : [problem(`dataElements[${i}].categoryCombo`, messages.unknown('categoryCombo', e.categoryCombo))],
  );
}

/** Sections list known elements, an element appears once per data set, and a weekly form is due within a week. */
export function checkDataSets(pkg: MetadataPackage, index: PackageIndex): PackageProblem[] {
  const problems: PackageProblem[] = [];
  pkg.dataSets.forEach((ds, i) => {
    // The due day counts from the first day of the next period: a week has seven.
    if (ds.periodType === 'Weekly' && ds.dueDay > 7) problems.push(problem(`dataSets[${i}].dueDay`, messages.weeklyDueDay(ds.dueDay)));
    const seen = new Set<string>();
    ds.sections.forEach((section, j) => {
      section.dataElements.forEach((code, k) => {
        const path = `dataSets[${i}].sections[${j}].dataElements[${k}]`;
        if (!index.elements.has(code)) problems.push(problem(path, messages.unknown('dataElement', code)));
        else if (seen.has(code)) problems.push(problem(path, messages.elementRepeatedInDataSet(code)));
        seen.add(code);
      });
    });
  });
  return problems;
}

/** Diseases name existing cases and deaths elements. */
export function checkDiseaseElements(pkg: MetadataPackage, index: PackageIndex): PackageProblem[] {
  return pkg.diseases.flatMap((d, i) =>
    (['casesElement', 'deathsElement'] as const)
      .filter((field) => !index.elements.has(d[field]))
      .map((field) => problem(`diseases[${i}].${field}`, messages.unknown('dataElement', d[field]))),
  );
}
