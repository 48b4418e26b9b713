/** Keeps only same-origin paths (`/…`, not `//host`) as post-sign-in targets. */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return '/';
  if (target.startsWith('/dang-nhap')) return '/';
  return target;
}
