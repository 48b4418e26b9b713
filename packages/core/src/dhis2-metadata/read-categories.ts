/** DHIS2 category options, categories, category combos and option combos → SYT's categories, combos, declarations. */
import { DEFAULT_COMBO, type Category, type CategoryCombo, type OptionComboDeclaration } from '../metadata/types.ts';
import { codeSchema } from '../metadata/schema-primitives.ts';
import type { Dhis2Context } from './dhis2-context.ts';
import { dhis2Messages } from './dhis2-messages.ts';

/** DHIS2's built-in default category and option: SYT's default combo has no category instead. */
const isDefault = (o: { name: string; code?: string | undefined }) => o.name === 'default' || o.code === 'default';

/** Categories with their options (an option belongs to one category in SYT). */
export function readCategories(ctx: Dhis2Context): Category[] {
  const options = new Map(ctx.list('categoryOptions').map((o) => [o.object.id, o]));
  const owner = new Map<string, string>();
  const categories: Category[] = [];
  for (const at of ctx.list('categories')) {
    const c = at.object;
    ctx.notes.unusedProperties('categories', at.raw, [
      'id',
      'code',
      'name',
      'categoryOptions',
      'dataDimensionType',
      'shortName',
    ]);
    if (c.dataDimensionType !== undefined && c.dataDimensionType !== 'DISAGGREGATION')
      ctx.notes.unusedProperties('categories', { dataDimensionType: c.dataDimensionType }, []);
    if (isDefault(c)) continue;
    const stored = ctx.stored.categories.find((s) => s.code === ctx.codeOf('categories', c.id));
    const categoryOptions = c.categoryOptions.flatMap((ref, j) => {
      const field = `categoryOptions[${j}].id`;
      const first = owner.get(ref.id);
      if (first !== undefined) {
        ctx.notes.refuse(
          `${at.path}.${field}`,
          dhis2Messages.optionInTwoCategories(options.get(ref.id)?.who ?? ref.id, first, c.name),
        );
        return [];
      }
      owner.set(ref.id, c.name);
      const code = ctx.resolve('categoryOptions', ref.id, at, field);
      const fromFile = options.get(ref.id)?.object;
      const name = fromFile?.name ?? stored?.options.find((o) => o.code === code)?.name;
      return code === undefined || name === undefined ? [] : [{ code, uid: ref.id, name }];
    });
    categories.push({ code: ctx.codeOf('categories', c.id)!, uid: c.id, name: c.name, options: categoryOptions });
  }
  for (const o of ctx.list('categoryOptions')) {
    ctx.notes.unusedProperties('categoryOptions', o.raw, ['id', 'code', 'name', 'shortName']);
    if (!owner.has(o.object.id) && !isDefault(o.object))
      ctx.notes.warn(o.path, dhis2Messages.optionWithoutCategory(o.who));
  }
  return categories;
}

/** Combos naming their categories by code; DHIS2's default combo is SYT's `default`, without its default category. */
export function readCombos(ctx: Dhis2Context): CategoryCombo[] {
  const defaults = new Set(
    ctx
      .list('categories')
      .filter((c) => isDefault(c.object))
      .map((c) => c.object.id),
  );
  return ctx.list('categoryCombos').map((at) => {
    const combo = at.object;
    ctx.notes.unusedProperties('categoryCombos', at.raw, [
      'id',
      'code',
      'name',
      'categories',
      'dataDimensionType',
      'skipTotal',
    ]);
    const categories = combo.categories
      .filter((ref) => !defaults.has(ref.id))
      .flatMap((ref, j) => ctx.resolve('categories', ref.id, at, `categories[${j}].id`) ?? []);
    const code = ctx.codeOf('categoryCombos', combo.id)!;
    return { code, uid: combo.id, name: code === DEFAULT_COMBO ? 'Mặc định' : combo.name, categories };
  });
}

/** Option combos as declarations of the generated ones: DHIS2's UID, code and name kept. */
export function readOptionCombos(ctx: Dhis2Context): OptionComboDeclaration[] {
  const defaults = new Set(
    ctx
      .list('categoryOptions')
      .filter((o) => isDefault(o.object))
      .map((o) => o.object.id),
  );
  const declarations: OptionComboDeclaration[] = [];
  for (const at of ctx.list('categoryOptionCombos')) {
    const coc = at.object;
    ctx.notes.unusedProperties('categoryOptionCombos', at.raw, [
      'id',
      'code',
      'name',
      'categoryCombo',
      'categoryOptions',
      'ignoreApproval',
    ]);
    const categoryCombo = ctx.resolve('categoryCombos', coc.categoryCombo.id, at, 'categoryCombo.id');
    const options = coc.categoryOptions
      .filter((ref) => !defaults.has(ref.id))
      .flatMap((ref, j) => ctx.resolve('categoryOptions', ref.id, at, `categoryOptions[${j}].id`) ?? []);
    if (categoryCombo === undefined || categoryCombo === DEFAULT_COMBO) continue;
    if (coc.code !== undefined && !codeSchema.safeParse(coc.code).success) {
      ctx.notes.refuse(
        `${at.path}.code`,
        dhis2Messages.badCode(at.who, codeSchema.safeParse(coc.code).error!.issues[0]!.message),
      );
      continue;
    }
    declarations.push({ categoryCombo, options, uid: coc.id, name: coc.name, ...(coc.code ? { code: coc.code } : {}) });
  }
  return declarations;
}
