import { digioneTestRunner } from '@digione/sdk/test-runner';

export default digioneTestRunner();
