import ArgumentParser
import ClientCore
import DiaoyanModels

extension Industry: ExpressibleByArgument {}
extension Stage: ExpressibleByArgument {}
extension StatsMetric: ExpressibleByArgument {}
extension StatsDimension: ExpressibleByArgument {}
extension StatsOrder: ExpressibleByArgument {}
extension DisplayLabels.Language: ExpressibleByArgument {}
