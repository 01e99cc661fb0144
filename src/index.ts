// Bundle entry for the Action (action.yml runs dist/index.js): everything happens in run().
import { run } from './action/run.js';

await run();
