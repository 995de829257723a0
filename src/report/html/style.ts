// The annotated view's stylesheet: labels are text (::before/::after), colour only repeats them.
export const STYLE = `
:root { font-family: Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; padding: 1rem 1.5rem; max-width: 110rem; line-height: 1.5; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.2; }
.meta, .legend, .summary, .anonymous, .tables, figure, .actors, .diagnostics { font-family: system-ui, sans-serif; font-size: 0.9rem; }
.outlets { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); gap: 1.5rem; align-items: start; }
.outlet { border-top: 4px solid #444; padding-top: 0.5rem; }
.anonymous table, .tables table { border-collapse: collapse; } .anonymous th, .anonymous td, .tables th, .tables td { border-top: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
/* Narrow screens: a table scrolls inside its box, so the page never scrolls sideways; its words stay
   whole (break-word, unlike anywhere, does not let the table shrink by breaking them). */
.scroll { overflow-x: auto; max-width: 100%; }
.anonymous td, .tables td { overflow-wrap: break-word; }
.meta, .summary, figcaption { overflow-wrap: anywhere; }
.anonymous ul { margin: 0; padding-left: 1rem; }
@media (max-width: 40rem) { body { padding: 0.75rem; } .anonymous td { min-width: 6rem; } .anonymous td:last-child { min-width: 14rem; } }
article { margin-bottom: 2rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.furniture { color: #666; background: #f3f3f3; }
.furniture::before { content: '[' attr(data-label) '] '; font: italic 0.75rem system-ui, sans-serif; }
.quote { background: #e8f0fe; border-bottom: 2px solid #3b6fd8; }
.quote::before { content: '[' attr(data-label) ': '; font: bold 0.75rem system-ui, sans-serif; color: #173d8a; }
.quote::after { content: ']'; font: bold 0.75rem system-ui, sans-serif; color: #173d8a; }
.reported { border-bottom: 1px dotted #3b6fd8; }
.reported::before { content: '[' attr(data-label) '] '; font: italic 0.7rem system-ui, sans-serif; color: #3b5a8a; }
.quote:not(.kind-direct):not(.kind-partial) { background: none; border-bottom: 2px dotted #777; }
.mention { border-bottom: 1px dashed #555; }
.mention.is-label { border-bottom-style: double; border-bottom-width: 3px; }
.mention:target { outline: 3px solid #f0a500; }
mark.loaded { background: #fde2a7; color: inherit; padding: 0 0.1em; border-radius: 2px; }
mark.loaded::after { content: ' ‹' attr(data-label) '›'; font: 0.7rem system-ui, sans-serif; vertical-align: super; }
mark.loaded:focus { outline: 3px solid #000; }
mark.cat-terror-violence-label { background: #f9c4c4; }
mark.cat-delegitimising-label { background: #e4cdf7; }
mark.cat-ideological-label { background: #c9e7d3; }
mark.cat-hostility-conspiracy { background: #ffd3b0; }
mark.cat-partisan-label { background: #d0e2f7; }
mark.cat-euphemism { background: #e0e0e0; }
.tip { display: none; position: absolute; z-index: 10; max-width: 24rem; padding: 0.5rem 0.7rem; background: #222; color: #fff;
  font: 0.85rem/1.4 system-ui, sans-serif; border-radius: 4px; white-space: normal; }
mark.loaded:hover + .tip, mark.loaded:focus + .tip { display: block; }
.actors li { margin: 0.15rem 0; }
.diagnostics { color: #8a1c1c; }
.diagnostics .info { color: #555; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; align-items: flex-start; }
figure { margin: 1rem 0; max-width: 40rem; } figure svg { max-width: 100%; height: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .outlets { display: block; }
  .outlet { break-before: auto; break-inside: auto; }
  article { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  figure { break-inside: avoid; }
  .tip { display: none !important; }
  .quote, mark.loaded, .furniture { background: none; }
  .actors { display: none; }
  mark.loaded { text-decoration: underline; }
}
`;
