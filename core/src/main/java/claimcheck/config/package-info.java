/** claimcheck.yaml: a project's settings for verify, read strictly, and merged with the command line, which wins. */
package claimcheck.config;
