// Set before the first paint, so a reader who chose larger text or high contrast never sees the
// page jump. Inline (a file would cost a round trip first), so its hash is in the page's content
// security policy.
export const READING_EARLY =
  "try{var d=document.documentElement,t=localStorage.getItem('xf-text'),c=localStorage.getItem('xf-contrast');" +
  "if(t==='large'||t==='larger')d.dataset.text=t;if(c==='high')d.dataset.contrast='high'}catch(e){}"
