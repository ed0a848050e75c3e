/** Rule tests as data: runs each case folder's facts through the engine and compares what one rule recorded with the case's expected.yaml. */
package claimcheck.rulecases;
