-- Knowledge gain is kept once, with the completion it belongs to (course_completion.pre_score and
-- final_score, written by CompletionRule): the separate table chose its attempts by another rule
-- and could disagree with the dashboard. Nothing reads it any more.
DROP TABLE knowledge_gain;
