CREATE ROLE "Report Reader";
