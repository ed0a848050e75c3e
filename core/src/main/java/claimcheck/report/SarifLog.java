package claimcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of SARIF 2.1.0 that findings.sarif uses, with the specification's own property names
 * and nesting (sarifLog, run, toolComponent, reportingDescriptor, result, location, region ...).
 * Absent optional properties are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, String columnKind, Map<String, ArtifactLocation> originalUriBaseIds, List<Result> results) {}

    public record Tool(ToolComponent driver) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToolComponent(String name, String version, String semanticVersion, String informationUri,
                                List<ReportingDescriptor> rules) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, String name, MultiformatMessageString shortDescription,
                                      MultiformatMessageString fullDescription, MultiformatMessageString help,
                                      ReportingConfiguration defaultConfiguration, PropertyBag properties) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MultiformatMessageString(String text, String markdown) {}

    public record ReportingConfiguration(String level) {}

    public record PropertyBag(List<String> tags) {}

    /** {@code properties} is set only on a problem of the facts file: {@code {"category": "facts-file"}}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
                         List<Location> relatedLocations, Map<String, String> partialFingerprints,
                         List<Suppression> suppressions, Map<String, String> properties) {}

    public record Message(String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {}

    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    /** In originalUriBaseIds, a base id may have a description and no uri: the consumer knows where it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, String uriBaseId, Message description) {
        public ArtifactLocation(String uri, String uriBaseId) { this(uri, uriBaseId, null); }
    }

    /** Lines and columns are 1-based; endColumn is the column just after the region. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn, ArtifactContent snippet) {}

    public record ArtifactContent(String text) {}

    /** kind: inSource or external; status: accepted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suppression(String kind, String status, String justification) {}
}
