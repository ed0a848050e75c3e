package claimcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/**
 * The JUnit XML that test reporters read (the format of Ant's and Maven Surefire's reports), with
 * the format's own element and attribute names: {@code testsuites} holding a {@code testsuite} of
 * {@code testcase}s for the article and one for its facts file, each testcase with an optional
 * {@code failure} or {@code skipped}. Absent optional parts are left out.
 */
public final class JunitReport {
    private JunitReport() {}

    /** One article: its own checks' suite, then the facts file's ({@code "<id> facts file"}). */
    @JacksonXmlRootElement(localName = "testsuites")
    @JsonPropertyOrder({"name", "tests", "failures", "errors", "skipped", "time", "testsuite"})
    public record TestSuites(
            @JacksonXmlProperty(isAttribute = true) String name,
            @JacksonXmlProperty(isAttribute = true) int tests,
            @JacksonXmlProperty(isAttribute = true) int failures,
            @JacksonXmlProperty(isAttribute = true) int errors,
            @JacksonXmlProperty(isAttribute = true) int skipped,
            @JacksonXmlProperty(isAttribute = true) String time,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testsuite") List<TestSuite> testsuite) {}

    @JacksonXmlRootElement(localName = "testsuite")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "tests", "failures", "errors", "skipped", "time", "properties", "testcase", "system-out"})
    public record TestSuite(
            @JacksonXmlProperty(isAttribute = true) String name,
            @JacksonXmlProperty(isAttribute = true) int tests,
            @JacksonXmlProperty(isAttribute = true) int failures,
            @JacksonXmlProperty(isAttribute = true) int errors,
            @JacksonXmlProperty(isAttribute = true) int skipped,
            @JacksonXmlProperty(isAttribute = true) String time,
            @JacksonXmlElementWrapper(localName = "properties") @JacksonXmlProperty(localName = "property") List<Property> properties,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "testcase") List<TestCase> testcase,
            @JacksonXmlProperty(localName = "system-out") String systemOut) {}

    public record Property(@JacksonXmlProperty(isAttribute = true) String name,
                           @JacksonXmlProperty(isAttribute = true) String value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"classname", "name", "time", "failure", "skipped", "system-out"})
    public record TestCase(
            @JacksonXmlProperty(isAttribute = true) String classname,
            @JacksonXmlProperty(isAttribute = true) String name,
            @JacksonXmlProperty(isAttribute = true) String time,
            Failure failure,
            Skipped skipped,
            @JacksonXmlProperty(localName = "system-out") String systemOut) {}

    public record Failure(@JacksonXmlProperty(isAttribute = true) String message,
                          @JacksonXmlProperty(isAttribute = true) String type,
                          @JacksonXmlText String text) {}

    public record Skipped(@JacksonXmlProperty(isAttribute = true) String message) {}
}
