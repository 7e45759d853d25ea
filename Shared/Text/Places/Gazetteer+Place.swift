import DiaoyanModels

extension Gazetteer {
    /// The record's place for the division at `index`: its path, code and level; a development zone is the
    /// division it lies in, with the zone as `park`.
    package func place(of index: Int) -> Place {
        let division = self.divisions[index]
        if division.kind == .zone, let parent = division.parent {
            var place = self.place(of: parent)
            place.park = division.name
            return place
        }
        return Place(path: self.path(of: index), code: division.code, level: Self.level(of: division))
    }

    private static func level(of division: Division) -> Place.Level {
        switch division.level {
        case ...1: .province
        case 2: .city
        default: .county
        }
    }
}
