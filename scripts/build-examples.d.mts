export declare function buildExamples(): Promise<void>;
