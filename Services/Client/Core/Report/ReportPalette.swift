import DiaoyanModels

/// The report's colours: one per lifecycle stage (cool for plans and signings, warm as a project nears
/// production), a sequential scale for the map, and a series colour per currency. Chosen to stay apart in greyscale
/// print as well as on screen.
package enum ReportPalette {
    /// The stages drawn, in lifecycle order (`unknown` is never a lifecycle step).
    package static let stages: [Stage] = [
        .planned, .signed, .groundbreaking, .underConstruction, .toppedOut, .completed, .inProduction,
    ]

    /// The fill of a stage.
    package static func stage(_ stage: Stage) -> String {
        switch stage {
        case .planned: "#9db4c0"
        case .signed: "#5c7fb8"
        case .groundbreaking: "#2f9e8f"
        case .underConstruction: "#e0a526"
        case .toppedOut: "#d9722b"
        case .completed: "#b8443a"
        case .inProduction: "#6b2d5c"
        case .unknown: "#bbbbbb"
        }
    }

    /// A tile with nothing counted.
    package static let emptyTile = "#eef0f2"
    /// Bars of a single series.
    package static let bar = "#3d6fa8"
    /// Axis lines and grid.
    package static let axis = "#8a9199"

    /// The fill of a share `fraction` (0…1) of the largest value, light to dark blue in five steps.
    package static func shade(_ fraction: Double) -> String {
        let steps = ["#d6e4f0", "#a9c6e0", "#6f9fcb", "#3d72ad", "#1b4a80"]
        // A hair below each boundary so that 3/5 is the third step despite rounding in 3.0 / 5 * 5.
        let index = min(steps.count - 1, max(0, Int((fraction * Double(steps.count) - 1e-9).rounded(.up)) - 1))
        return steps[index]
    }

    /// Whether text on `fill` must be white to be read.
    package static func isDark(_ fill: String) -> Bool {
        ["#3d72ad", "#1b4a80", "#6b2d5c", "#b8443a", "#5c7fb8", "#3d6fa8"].contains(fill)
    }

    /// The bars of the `index`-th currency.
    package static func series(_ index: Int) -> String {
        let colors = ["#3d6fa8", "#c0622f", "#4f8f4a", "#8a5aa8", "#a88a2f", "#2f8a9e"]
        return colors[index % colors.count]
    }
}
