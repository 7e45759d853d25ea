/// A linear axis from zero to a round maximum with a few round ticks, so bars of any data read against
/// gridlines at 0, 5, 10… rather than at 0, 3.7, 7.4.
package struct ChartScale: Sendable, Hashable {
    /// The top of the axis: a round value at or above the data's largest.
    package var maximum: Double
    /// The tick values from 0 to ``maximum``.
    package var ticks: [Double]

    /// A scale for values up to `largest`, with about `count` steps; whole steps when `integral`.
    package init(largest: Double, count: Int = 4, integral: Bool = false) {
        guard largest > 0, largest.isFinite else {
            self.maximum = 1
            self.ticks = [0, 1]
            return
        }
        let rough = largest / Double(max(1, count))
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        var step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        if integral { step = max(1, step.rounded(.up)) }
        let steps = Int((largest / step).rounded(.up))
        self.maximum = Double(steps) * step
        self.ticks = (0...steps).map { Double($0) * step }
    }

    /// Where `value` falls on a length of `length` pixels.
    package func position(_ value: Double, length: Double) -> Double {
        max(0, min(1, value / self.maximum)) * length
    }
}
