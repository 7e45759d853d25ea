/// The report's style sheet and script, literals of this code (the only text ``Markup`` writes unescaped).
package enum ReportStyle {
    /// Screen, phone and A4 print rules. System CJK fonts only: nothing is fetched.
    package static let sheet: StaticString = """
        :root{--ink:#1f2a36;--muted:#5b6570;--rule:#dde1e6;--accent:#3d6fa8}
        *{box-sizing:border-box}
        body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#fff;line-height:1.5}
        header,main,footer{max-width:980px;margin:0 auto;padding:0 16px}
        h1{font-size:1.6rem;margin:18px 0 4px}
        h2{font-size:1.2rem;margin:0 0 4px;border-left:4px solid var(--accent);padding-left:8px}
        .meta,.explain,.note,footer{color:var(--muted);font-size:.9rem}
        .totals{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:6px 18px}
        .totals b{font-size:1.3rem;color:var(--accent)}
        nav{display:flex;flex-wrap:wrap;gap:4px 14px;padding:8px 0;border-bottom:1px solid var(--rule);font-size:.9rem}
        nav a{color:var(--accent);text-decoration:none}
        section{padding:18px 0;border-bottom:1px solid var(--rule)}
        figure{margin:8px 0;overflow-x:auto}
        svg.chart{display:block;width:100%;height:auto;max-width:100%;font-family:inherit}
        .pair{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
        .pair svg.chart{flex:1 1 300px;width:auto;min-width:280px}
        .empty{color:var(--muted);font-style:italic;padding:12px;background:#f6f7f8;border-radius:4px}
        details{margin-top:6px}
        summary{cursor:pointer;color:var(--accent);font-size:.9rem}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;font-size:.85rem;margin-top:6px;min-width:50%}
        th,td{border-bottom:1px solid var(--rule);padding:3px 8px;text-align:left;vertical-align:top}
        td:last-child{word-break:break-all}
        td.num{text-align:right;font-variant-numeric:tabular-nums;word-break:normal}
        footer{padding:16px}
        @media (max-width:600px){h1{font-size:1.3rem}header,main,footer{padding:0 10px}table{font-size:.78rem}}
        @page{size:A4;margin:14mm 12mm}
        @media print{
        body{font-size:10.5pt}
        nav,summary{display:none}
        header,main,footer{max-width:none;padding:0}
        section{break-inside:avoid-page;page-break-inside:avoid;padding:8px 0}
        section#lifecycles,details{break-inside:auto;page-break-inside:auto}
        figure{overflow:visible}
        svg.chart{max-height:235mm}
        table{font-size:8pt;width:100%}
        }
        """

    /// Unfolds every table before printing, so paper shows the numbers the screen keeps folded.
    package static let script: StaticString = """
        addEventListener("beforeprint",function(){document.querySelectorAll("details").forEach(function(d){d.open=true})});
        """
}
