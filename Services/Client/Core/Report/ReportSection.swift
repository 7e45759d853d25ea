/// One section of the report: a heading, a line saying what the chart shows, the chart, and the numbers behind
/// it as a table the reader can unfold.
package struct ReportSection: Sendable {
    /// The numbers behind a chart: headers and rows of text, numbers already formatted.
    package struct Table: Sendable, Hashable {
        package var headers: [String]
        package var rows: [[String]]
        /// Right-aligned columns (numbers).
        package var numericColumns: Set<Int>

        package init(headers: [String], rows: [[String]], numericColumns: Set<Int> = []) {
            self.headers = headers
            self.rows = rows
            self.numericColumns = numericColumns
        }
    }

    /// The `id` of the `<section>`, stable so tests and links find it (`map`, `months`…).
    package var id: String
    package var title: String
    /// One line: what is counted, from which query, and how to read the chart.
    package var explanation: String
    /// The chart's `<svg>`, or a short message when there is nothing to draw.
    package var chart: Markup
    /// Whether ``chart`` holds a drawing (false: the section says there is no data).
    package var hasChart: Bool
    package var table: Table
    /// A line under the chart, such as what a cut list left out.
    package var note: String?

    package init(
        id: String,
        title: String,
        explanation: String,
        chart: Markup,
        hasChart: Bool,
        table: Table,
        note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.explanation = explanation
        self.chart = chart
        self.hasChart = hasChart
        self.table = table
        self.note = note
    }
}
