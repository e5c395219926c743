package org.factcheck.exchange.internal.html;

/**
 * The report's style sheet, inlined so that the report is one self-contained file. The text runs in a column of
 * 864 pixels; the argument diagram may use the page's whole width (up to 1240 pixels) and is scaled down, keeping
 * its proportions, where the window is narrower than the drawing.
 */
final class ReportStyle {

    static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5f6368; --rule: #d9d9d9; --paper: #ffffff; --accent: #b3261e; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f4f2ee; color: var(--ink);
                   font: 16px/1.55 "Source Sans 3", "Helvetica Neue", Arial, sans-serif; }
            main { --gutter: max(48px, calc((min(1240px, 100vw) - 864px) / 2)); max-width: 1240px; margin: 0 auto;
                   background: var(--paper); padding: 32px var(--gutter) 48px; box-shadow: 0 0 0 1px var(--rule); }
            .flag { font: 600 12px/1 Arial, sans-serif; letter-spacing: .12em; text-transform: uppercase;
                    color: var(--accent); border-bottom: 3px solid var(--accent); padding-bottom: 8px; margin-bottom: 20px; }
            h1, h2, h3 { font-family: Georgia, "Times New Roman", serif; line-height: 1.25; }
            h1 { font-size: 34px; margin: 0 0 8px; }
            h2 { font-size: 22px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
            h3 { font-size: 20px; margin: 0 0 8px; }
            .dek { font-size: 18px; color: var(--muted); margin: 0 0 16px; }
            .meta { color: var(--muted); font-size: 14px; }
            .summary { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 16px 0; padding: 12px 16px;
                       background: #faf9f7; border: 1px solid var(--rule); }
            .summary div { font-size: 14px; color: var(--muted); }
            .summary b { display: block; font-size: 22px; color: var(--ink); }
            .badge { display: inline-block; padding: 2px 10px; border-radius: 3px; font: 600 13px/1.6 Arial, sans-serif;
                     white-space: nowrap; }
            .scale { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; }
            .claim { border: 1px solid var(--rule); border-left: 6px solid #9e9e9e; padding: 16px 20px; margin: 18px 0;
                     break-inside: avoid; }
            .claim .head { display: flex; gap: 12px; align-items: baseline; justify-content: space-between; }
            .claim .who { color: var(--muted); font-size: 14px; margin-bottom: 10px; }
            .status { font: 600 11px/1 Arial, sans-serif; letter-spacing: .08em; text-transform: uppercase;
                      color: var(--muted); border: 1px solid var(--rule); padding: 3px 6px; border-radius: 3px; }
            .explanation { margin: 10px 0; }
            h4 { font: 600 12px/1 Arial, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: var(--muted);
                 margin: 16px 0 6px; }
            blockquote { margin: 6px 0; padding: 6px 12px; border-left: 3px solid var(--rule); background: #fbfbfa; }
            blockquote .context { color: #8a8f94; }
            blockquote mark { background: #fff2a8; color: inherit; padding: 0 1px; }
            blockquote.boilerplate { border-left-style: dashed; background: #f6f6f6; }
            .not-article { font-size: 14px; font-style: italic; color: var(--muted); }
            .source { display: block; font-size: 13px; color: var(--muted); margin-top: 2px; }
            .stance { font: 700 11px/1 Arial, sans-serif; letter-spacing: .06em; text-transform: uppercase; padding: 3px 6px;
                      border-radius: 3px; margin-right: 6px; }
            .stance.supports { background: #e3f3e8; color: #17693a; }
            .stance.refutes { background: #fbe4e2; color: #a3241c; }
            .stance.context { background: #ececec; color: #4a4a4a; }
            ul.relations { padding-left: 18px; margin: 6px 0; }
            ul.relations .rationale { display: block; font-size: 14px; color: var(--muted); }
            .rel-attack { color: #a3241c; font-weight: 600; }
            .rel-support { color: #17693a; font-weight: 600; }
            .rel-neutral { color: #4a4a4a; font-weight: 600; }
            .diagram { margin: 16px calc(24px - var(--gutter)) 20px; padding: 12px; border: 1px solid var(--rule); }
            .diagram svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
            .diagram a:hover > .claim > rect:first-child, .diagram a:focus > .claim > rect:first-child { stroke: #1a5fb4;
                     stroke-width: 2.5; }
            .diagram figcaption { max-width: 816px; margin: 10px auto 0; font-size: 13px; line-height: 1.45; color: var(--muted); }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            th { font-weight: 600; color: var(--muted); }
            td.nowrap, th.nowrap { white-space: nowrap; }
            a { color: #1a5fb4; }
            footer { margin-top: 40px; font-size: 13px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 12px; }
            @media print { body { background: #fff; } main { box-shadow: none; padding: 0; max-width: none; }
                           .diagram { margin: 16px 0; break-inside: avoid; } }
            """;

    private ReportStyle() {
    }
}
