import '../../src/resource-directory/define.js';
