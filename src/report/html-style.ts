/** The report's only stylesheet, inlined so the file needs nothing else. */
export const htmlStyle = `
:root { --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
a { color: #0969da; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code, pre, .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--bg); padding: .5rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: 13px; }
.summary { border: 2px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.summary.verdict-pass { border-color: var(--pass); }
.summary.verdict-fail { border-color: var(--fail); }
.suite-verdict { font-size: 1.5rem; font-weight: 700; margin: 0 0 .5rem; }
.verdict-pass > .suite-verdict { color: var(--pass); }
.verdict-fail > .suite-verdict { color: var(--fail); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; }
.requirement { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.requirement[data-verdict="pass"] { border-left-color: var(--pass); }
.requirement[data-verdict="fail"] { border-left-color: var(--fail); }
.requirement[data-verdict="expected-fail"], .requirement[data-verdict="reported"] { border-left-color: var(--warn); }
.meta, .sources, .check-text, .assumption, .counts { margin: .2rem 0; }
.meta, .counts { color: var(--muted); font-size: 14px; }
.assumption { font-style: italic; color: var(--warn); }
.badge { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: 13px; font-weight: 600; color: #fff; background: var(--muted); }
.badge.pass { background: var(--pass); }
.badge.fail, .badge.error, .badge.timeout { background: var(--fail); }
.badge.partial, .badge.expected-fail, .badge.reported, .badge.reported-fail, .badge.info { background: var(--warn); }
ul.checks { list-style: none; padding: 0; margin: .5rem 0 0; }
ul.checks > li { border-top: 1px solid var(--line); padding: .4rem 0; }
.scenario { font-family: ui-monospace, monospace; font-size: 13px; color: var(--muted); }
.note, .figure { margin: .2rem 0 0 1rem; font-size: 14px; }
.note { color: var(--warn); }
details.evidence { margin: .3rem 0 0 1rem; }
details.evidence > summary, details.raw > summary { cursor: pointer; color: #0969da; }
details.raw { margin: .3rem 0; }
`;
