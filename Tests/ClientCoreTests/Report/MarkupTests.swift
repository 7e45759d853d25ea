import ClientCore
import Testing

/// The builder escapes every string it did not write itself.
@Suite struct MarkupTests {
    @Test func textAndAttributesAreEscaped() {
        var markup = Markup()
        markup.element("p", [.init("title", "a\"b'<c>&")], text: "<script>alert('x')</script> & more")
        #expect(
            markup.text
                == "<p title=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>"
        )
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        #expect(Markup.escape("a\u{0}b\u{1B}c\u{85}\td\ne") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\td\ne")
    }

    @Test func numbersHaveAtMostOneDecimal() {
        #expect(Markup.number(12) == "12")
        #expect(Markup.number(12.04) == "12")
        #expect(Markup.number(12.25) == "12.3")
        #expect(Markup.number(-3.5) == "-3.5")
        #expect(Markup.number(.nan) == "0")
    }

    @Test func labelsAreFittedAndKeepTheFullTextAsTooltip() {
        var markup = Markup()
        markup.label("哈尔滨市阿城区华明管业100万吨制管项目", x: 0, y: 0, width: 60, size: 12)
        #expect(markup.text.contains("<title>哈尔滨市阿城区华明管业100万吨制管项目</title>"))
        #expect(markup.text.contains(">哈尔滨…</text>"), "\(markup.text)")
    }
}
