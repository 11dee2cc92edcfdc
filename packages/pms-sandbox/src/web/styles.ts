/** The pages' one stylesheet, served inline: a small system of its own, no build step and nothing fetched. */
export const stylesheet = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang HK","Microsoft JhengHei",sans-serif;background:#f1f5f9;color:#0f172a}
a{color:inherit}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.badge-strip{background:#fcd34d;color:#451a03;text-align:center;font-size:12px;font-weight:600;padding:6px 16px;margin:0}
.bar{background:#fff;border-bottom:1px solid #e2e8f0}.bar-inner{display:flex;align-items:center;gap:12px;height:56px;margin:0 auto;padding:0 16px}
.bar img{height:32px;width:auto}.bar .brand{margin-left:auto;color:#64748b;font-size:14px;font-weight:500}
.wrap{margin:0 auto;padding:20px 16px;display:flex;flex-direction:column;gap:16px}.narrow{max-width:28rem}.wide{max-width:64rem}
.grid-pc{display:grid;gap:24px;grid-template-columns:1fr 400px;align-items:start}
@media (max-width:800px){.grid-pc{grid-template-columns:1fr}}
.card{background:#fff;border-radius:12px;padding:24px;box-shadow:0 1px 2px rgba(15,23,42,.08)}
.muted{color:#64748b;font-size:14px}.amount{font-size:32px;font-weight:700;letter-spacing:-.02em;margin:0}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:6px 16px;font-size:14px;margin:12px 0 0}dl.facts dt{color:#64748b}dl.facts dd{margin:0;font-weight:500;word-break:break-all}
.countdown{background:#fffbeb;color:#78350f;border-radius:8px;padding:12px 16px;font-size:14px;margin-top:16px}
form.stack{display:flex;flex-direction:column;gap:10px}label{font-size:14px;font-weight:500}
input[type=text],input:not([type]),input[inputmode]{border:1px solid #cbd5e1;border-radius:8px;padding:10px 12px;font:inherit;font-family:ui-monospace,monospace;font-size:17px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:12px}.two>div{display:flex;flex-direction:column;gap:6px}
button{font:inherit;cursor:pointer;border-radius:8px;padding:12px 20px;font-weight:600;border:1px solid #cbd5e1;background:#fff;color:#1e293b}
button.primary{background:#0f172a;color:#fff;border-color:#0f172a}button.approve{background:#059669;color:#fff;border-color:#059669}
button.small{padding:4px 10px;font-size:12px}button.link{border:0;background:none;padding:0;text-decoration:underline;font-weight:500;color:#334155}
button:focus-visible,a:focus-visible,input:focus-visible{outline:2px solid #0f172a;outline-offset:2px}
.alert{background:#fff1f2;color:#9f1239;border-radius:6px;padding:8px 12px;font-size:14px;margin:0}
.qr{width:176px;height:176px;border:1px solid #e2e8f0;border-radius:8px;padding:8px;background:#fff;margin:0 auto}.qr svg{width:100%;height:100%}.qr.large{width:240px;height:240px}
.center{text-align:center;display:flex;flex-direction:column;align-items:center;gap:12px}.outcome{font-size:20px;font-weight:600;margin:0}
.button-link{display:inline-block;background:#0f172a;color:#fff;text-decoration:none;border-radius:8px;padding:10px 20px;font-weight:600}
hr{border:0;border-top:1px solid #e2e8f0;margin:8px 0}h1,h2,h3{margin:0 0 8px}h2{font-size:18px}h3{font-size:14px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;border-top:1px solid #e2e8f0;vertical-align:top}th{color:#64748b;font-weight:500}
.pill{display:inline-block;border-radius:999px;padding:1px 8px;font-size:12px;font-weight:600;background:#f1f5f9}.pill.on{background:#fde68a}
ul.plain{list-style:none;margin:0;padding:0}ul.plain li{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding:6px 0;border-top:1px solid #e2e8f0}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}.grid2{display:grid;gap:20px;grid-template-columns:repeat(auto-fit,minmax(340px,1fr))}
`;
