/** Test files read the schema's text through Vite's `?raw` import: the core itself does no file I/O. */
declare module '*.xsd?raw' {
  const text: string;
  export default text;
}
