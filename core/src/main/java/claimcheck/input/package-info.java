/**
 * Reading what users give claimcheck, whatever the file: text read strictly and bounded, YAML and JSON
 * read into trees that remember where every value stands, JSON Schema validation with one-line located
 * errors, and suggestions for mistyped names. Facts, configuration, baselines and rule cases all read through it.
 */
package claimcheck.input;
