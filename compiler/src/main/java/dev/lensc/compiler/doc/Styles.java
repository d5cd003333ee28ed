package dev.lensc.compiler.doc;

/** The pages' style sheet, inline: a page must open offline and fetch nothing. */
final class Styles {
    private Styles() {}

    static final String CSS = """
            body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1d2330; }
            h1 { margin-bottom: 0; } .source, .note, footer { color: #5b6475; }
            h2 { border-bottom: 1px solid #d9dde5; padding-bottom: .2rem; margin-top: 2.2rem; }
            code, pre { font: 13px/1.4 ui-monospace, monospace; }
            pre { background: #f5f7fa; border: 1px solid #e1e5eb; border-radius: 6px; padding: .6rem .8rem; overflow-x: auto; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { text-align: left; padding: .25rem .8rem .25rem 0; vertical-align: top; }
            th { font-weight: 600; border-bottom: 1px solid #d9dde5; }
            .tag { font-size: 12px; font-weight: normal; background: #e8edf6; border-radius: 4px; padding: 0 .4rem; color: #3a4660; }
            #graph { overflow-x: auto; }
            .version-graph rect { fill: #eaf1ff; stroke: #3b6fd8; stroke-width: 1.5; }
            .version-graph text { font: 12px system-ui, sans-serif; fill: #1d2330; }
            .version-graph line { stroke: #5b6475; stroke-width: 1.5; } .version-graph marker path { fill: #5b6475; }
            .version-graph .lossy line { stroke-dasharray: 5 4; stroke: #b36b00; }
            .laws .kept td:nth-child(3) { color: #1c7c3a; } .laws .declared-loss td:nth-child(3), .laws .inherent-loss td:nth-child(3) { color: #b36b00; }
            .laws .may-break td:nth-child(3) { color: #b3261e; }
            .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } figcaption { font-weight: 600; }
            """;
}
