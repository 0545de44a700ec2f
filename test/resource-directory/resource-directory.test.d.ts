import '../../src/config/define.js';
import '../../src/resource-directory/define.js';
