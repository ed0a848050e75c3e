package claimcheck.cli;

import claimcheck.InputError;
import claimcheck.Printable;
import claimcheck.extract.Draft;
import claimcheck.extract.DraftWriter;
import claimcheck.extract.Extractor;
import claimcheck.extract.Patterns;
import claimcheck.input.TextFile;
import claimcheck.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** claimcheck extract: an article's text in, a draft facts file out, for an editor to correct. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        showDefaultValues = true,
        description = "Proposes a draft facts file for an article: its numbers, percentages, ordinals, dates, totals, people "
                + "with titles, quotations, lists and conditions, each with its exact quote and a confidence.")
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article text (UTF-8).")
    Path article;

    @Option(names = "--published", required = true, paramLabel = "DATE", converter = OptionValues.Date.class,
            description = "The publication date, YYYY-MM-DD: relative dates (\"last August\") are counted from it.")
    LocalDate published;

    @Option(names = "--id", paramLabel = "ID", description = "The article id. Default: the text file's name without its extension.")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "The headline. Default: the article's first sentence, shortened.")
    String title;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where the draft goes. Default: standard output.")
    Path output;

    @Option(names = "--patterns", paramLabel = "DIR",
            description = "A folder of the newsroom's own pattern files (<kind>.yaml, as under claimcheck/extract/patterns/), added to the shipped ones.")
    Path patterns;

    @Mixin
    VerboseOption verboseOption;

    @Override
    public Integer call() throws java.io.IOException {
        verboseOption.configure();
        String text = TextFile.read(article.toString(), article, "article text");
        String articleId = id != null ? id : article.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (!articleId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}"))
            throw new InputError(null, 0, 0, "--id", "an article id is letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit); got \"" + articleId + "\"");
        Path folder = output == null ? Path.of("") : output.toAbsolutePath().getParent();
        String textPath = folder.toAbsolutePath().relativize(article.toAbsolutePath()).toString().replace('\\', '/');
        String headline = title != null ? title : firstSentence(text);
        Draft draft = new Extractor(Patterns.read(patterns)).extract(text, published, articleId, headline, textPath);
        String yaml = DraftWriter.yaml(draft, article.getFileName().toString());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(yaml);
            out.flush();
        } else {
            ReportWriter.checkFile(output, "--output");
            ReportWriter.writeFile(output, yaml);
            PrintWriter err = spec.commandLine().getErr();
            err.println(Printable.line("claimcheck: " + draft.facts().size() + " facts proposed in " + output));
            err.flush();
        }
        return ExitCodes.OK;
    }

    private static String firstSentence(String text) {
        String first = text.strip().split("(?<=[.!?])\\s+|\\R", 2)[0].strip();
        if (first.isEmpty()) return "(untitled)";
        return first.length() <= 100 ? first : first.substring(0, 97).replaceAll("\\s+\\S*$", "") + "...";
    }
}
