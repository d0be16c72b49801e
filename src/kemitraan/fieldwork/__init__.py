"""Evidence from the field: questionnaires, informants' answers, agreement, and coded interviews.

``xlsform`` writes the questionnaire for KoboToolbox / ODK Collect, ``ingest`` reads their CSV
exports into the partnership file (``yamledit`` keeps the user's comments and key order),
``agreement`` holds the statistics (median, spread, Krippendorff's alpha), ``aggregate`` turns
many informants' answers into the facts the engine reads, and ``qdpx`` imports coded quotes from
a REFI-QDA project.
"""
