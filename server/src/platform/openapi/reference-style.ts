/** The reference page's only styles, inline (CSP: style-src 'unsafe-inline'); light and dark. */
export const REFERENCE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--panel:#f6f8fa;--accent:#0b57d0;
--badge:#fff;--get:#0969da;--post:#1a7f37;--put:#8250df;--patch:#9a6700;--delete:#cf222e;--other:#57606a;--code:#eff1f3}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--panel:#161b22;--accent:#6cb6ff;
--badge:#0d1117;--get:#4493f8;--post:#3fb950;--put:#ab7df8;--patch:#d29922;--delete:#f85149;--other:#8b949e;--code:#1f242c}}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif}
a{color:var(--accent)}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
code{background:var(--code);padding:.1em .35em;border-radius:4px}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:12px;overflow-x:auto}
pre code{background:none;padding:0}
.layout{display:grid;grid-template-columns:300px minmax(0,1fr);min-height:100vh}
.sidebar{position:sticky;top:0;height:100vh;overflow-y:auto;border-right:1px solid var(--line);background:var(--panel);padding:16px 12px;font-size:14px}
.sidebar .brand{display:block;font-weight:600;font-size:16px;color:var(--fg);text-decoration:none;margin-bottom:4px}
.sidebar ul{list-style:none;margin:4px 0 10px;padding:0}
.sidebar li a{display:flex;gap:6px;align-items:baseline;padding:3px 6px;border-radius:4px;color:var(--fg);text-decoration:none}
.sidebar li a:hover,.sidebar li a:focus{background:var(--code)}
.sidebar summary{cursor:pointer;font-weight:600;padding:4px 0;text-transform:capitalize}
.sidebar .method{min-width:52px;text-align:center}
main{padding:24px 40px 80px;max-width:1100px}
h1{margin:0 0 4px;font-size:28px}
h2{margin:40px 0 8px;padding-top:8px;border-top:1px solid var(--line);text-transform:capitalize}
h3{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0;font-size:17px}
h4{margin:16px 0 6px;font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.intro{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:4px 20px;margin:16px 0}
.intro dt{font-weight:600;margin-top:10px}
.intro dd{margin:2px 0 10px 0}
.op{border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:16px 0;scroll-margin-top:12px}
.op .summary{font-weight:500;margin:8px 0 4px}
.path{font-size:15px;background:none;padding:0;word-break:break-all}
.pp{color:var(--accent)}
.method{display:inline-block;font:600 11px/1.9 ui-monospace,monospace;color:var(--badge);border-radius:4px;padding:0 7px;background:var(--other)}
.m-get{background:var(--get)}.m-post{background:var(--post)}.m-put{background:var(--put)}.m-patch{background:var(--patch)}.m-delete{background:var(--delete)}
.tag{display:inline-block;font-size:12px;border:1px solid var(--line);border-radius:10px;padding:0 8px;color:var(--muted);margin:1px 0}
.tag.req{color:var(--delete);border-color:currentColor}
.tag.public{color:var(--post);border-color:currentColor}
.tag.private{color:var(--patch);border-color:currentColor}
.muted{color:var(--muted);font-size:13px;margin:4px 0}
.auth{margin:6px 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{font-weight:600;color:var(--muted)}
td p{margin:0}
.fields{list-style:none;margin:4px 0;padding-left:16px;border-left:2px solid var(--line)}
.schema>.fields{padding-left:0;border-left:none}
.fields>li{margin:6px 0}
.fields p,.variants p{margin:2px 0;color:var(--muted);font-size:14px}
.fname{font-weight:600}
.ftype{color:var(--accent);font-size:13px;font-family:ui-monospace,monospace}
.enum{font-size:13px;color:var(--muted);margin:2px 0}
.variants{margin:4px 0;padding-left:20px}
details.response{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:0 12px}
details.response[open]{padding-bottom:8px}
details>summary{cursor:pointer;padding:6px 0}
.status{font:600 12px ui-monospace,monospace;padding:1px 6px;border-radius:4px;border:1px solid currentColor}
.s2{color:var(--post)}.s3{color:var(--get)}.s4{color:var(--patch)}.s5{color:var(--delete)}.sd{color:var(--muted)}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
@media (max-width:800px){.layout{display:block}.sidebar{position:static;height:auto;border-right:none;border-bottom:1px solid var(--line)}main{padding:16px}}
@media print{.sidebar{display:none}.layout{display:block}details{display:block}}
`;
