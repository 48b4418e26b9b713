/** Plain text and Markdown renderings of a report document (the .docx lives in the server's render/). */
export { renderText } from './text.ts';
export { renderMarkdown } from './markdown.ts';
