/** The inspect page's CSS: laid out for a 1400x900 window, several families on the first screen. */
export const PAGE_STYLE = `
*{box-sizing:border-box}
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
header{position:sticky;top:0;z-index:2;display:flex;gap:12px;align-items:center;padding:8px 16px;background:#f6f8fa;border-bottom:1px solid #d0d7de}
h1{font-size:16px;margin:0 8px 0 0}
h2{font-size:14px;margin:0 0 6px}
#filter{width:380px;padding:5px 8px;font:inherit;border:1px solid #d0d7de;border-radius:6px}
button{font:inherit;padding:4px 10px;border:1px solid #d0d7de;border-radius:6px;background:#fff;cursor:pointer}
button:hover{background:#eef1f4}
nav{margin-left:auto;display:flex;gap:12px}
a{color:#0969da}
.intro{margin:6px 16px;color:#57606a;font-size:12px}
#status{color:#cf222e}
main{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:16px;padding:0 16px 16px;align-items:start}
.family{border:1px solid #d0d7de;border-radius:6px;margin:0 0 8px}
.family>summary{display:flex;gap:10px;align-items:baseline;padding:5px 10px;cursor:pointer;background:#f6f8fa;border-radius:6px}
.family[open]>summary{border-bottom:1px solid #d8dee4;border-radius:6px 6px 0 0}
.name{font:600 13px ui-monospace,SFMono-Regular,Menlo,monospace}
.type{font-size:11px;padding:0 7px;border-radius:9px;background:#ddf4ff;color:#0550ae;white-space:nowrap}
.t-counter{background:#dafbe1;color:#116329}.t-gauge{background:#fff8c5;color:#7d4e00}
.t-histogram,.t-native-histogram{background:#fbefff;color:#6e40c9}.t-summary{background:#ffebe9;color:#a40e26}
.type.inferred{font-style:italic}
.count{color:#57606a;white-space:nowrap}
.help{color:#6e7781;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0;flex:1}
.row{display:flex;gap:12px;align-items:center;padding:3px 10px;border-top:1px solid #eaeef2;min-height:44px}
.row:first-of-type{border-top:0}
.labels{flex:1 1 240px;min-width:0;font:12px ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all;color:#24292f}
.value{min-width:110px;text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.when{display:block;color:#6e7781;font-size:11px}
.common{padding:3px 10px;font:11px ui-monospace,SFMono-Regular,Menlo,monospace;color:#6e7781;border-bottom:1px solid #eaeef2;word-break:break-all}
.quantiles{font-size:12px;color:#57606a}
.line{width:160px;height:36px;flex:none}
.bars{flex:none;background:#fafbfc;border-bottom:1px solid #d0d7de}
.bars rect{fill:#8250df}
.row details{flex:none;font-size:12px}
.row details[open]{flex-basis:100%}
.row:has(details[open]){flex-wrap:wrap}
table{border-collapse:collapse;margin:4px 0;font-variant-numeric:tabular-nums}
td,th{border:1px solid #d8dee4;padding:1px 6px;text-align:right}
.more{margin:4px 10px 6px}
.empty,.note{color:#57606a;padding:8px 0}
aside{position:sticky;top:52px;max-height:calc(100vh - 64px);overflow:auto;border:1px solid #d0d7de;border-radius:6px;padding:8px 10px}
#requests{list-style:none;margin:0;padding:0}
.req{border-top:1px solid #eaeef2;padding:5px 0}
.req:first-child{border-top:0}
.req-head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.req time{color:#57606a;font-variant-numeric:tabular-nums}
.status{font-weight:600;padding:0 6px;border-radius:9px;background:#dafbe1;color:#116329}
.s4 .status,.partial .status{background:#fff1e5;color:#953800}.s5 .status{background:#ffebe9;color:#a40e26}
.rejected{color:#953800;font-weight:600}
.rejection{margin:2px 0 0 8px;color:#953800}
.message{margin-top:2px;font-size:12px;color:#57606a;white-space:pre-wrap;word-break:break-word;max-height:7.5em;overflow:auto}
`;
