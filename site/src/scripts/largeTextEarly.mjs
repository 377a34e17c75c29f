// Set before the first paint, so a reader who chose large text never sees the page jump. Inline
// (a file would cost a round trip first), so its hash is in the page's content security policy.
export const LARGE_TEXT_EARLY =
  "try{if(localStorage.getItem('xf-text')==='large')document.documentElement.classList.add('large-text')}catch(e){}"
