/** claimcheck: checks that the claims an article makes hold together, with rules kept as DRL files. */
package claimcheck;
