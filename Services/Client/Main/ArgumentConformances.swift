import ArgumentParser
import DiaoyanModels

extension Industry: ExpressibleByArgument {}
extension Stage: ExpressibleByArgument {}
extension StatsMetric: ExpressibleByArgument {}
extension StatsDimension: ExpressibleByArgument {}
