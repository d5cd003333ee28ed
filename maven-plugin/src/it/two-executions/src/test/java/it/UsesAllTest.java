package it;

import demo.alpha.AlphaV2;
import demo.beta.BetaV2;
import demo.fixture.FixtureV2;

/** Compiles only if both executions' code and the test lenses' code are there. */
public class UsesAllTest {
    AlphaV2 alpha;
    BetaV2 beta;
    FixtureV2 fixture;
}
