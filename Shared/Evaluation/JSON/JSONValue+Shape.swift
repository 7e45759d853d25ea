extension JSONValue {
    /// Whether the value is a string.
    package var isString: Bool {
        if case .string = self { true } else { false }
    }

    /// The elements of an array, nil for any other value.
    package var elements: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The elements of an array of strings, nil for any other value.
    package var strings: [String]? {
        guard let elements = self.elements else { return nil }
        let strings = elements.compactMap { element -> String? in
            if case .string(let string) = element { string.value } else { nil }
        }
        return strings.count == elements.count ? strings : nil
    }

    /// A non-negative integer as a count, nil for any other value.
    package var nonNegativeInteger: Int? {
        guard case .number(let number) = self, number >= 0, number <= Double(Int.max / 2),
            number.rounded() == number
        else { return nil }
        return Int(number)
    }

    /// The members of an object, nil for any other value.
    package var members: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// The value as a list of allowed values shows it: a string bare, anything else as JSON.
    package var listed: String {
        if case .string(let string) = self { string.value } else { self.description }
    }
}
