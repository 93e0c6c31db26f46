BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Complete([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }
}

Describe 'Tab completion from what the session has seen' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
    }

    It 'completes album ids with their titles, matching the title too, without a request' {
        $null = Get-ImgurAccountAlbum
        Clear-EmulatorRequest

        (Complete 'Get-ImgurAlbum -AlbumId ').CompletionText | Should -Contain 'EmuAlbm'
        $byTitle = Complete "Get-ImgurAlbumImage -AlbumId $((Get-ImgurAlbum -AlbumId EmuAlbm).Title.Substring(0, 4))"
        Clear-EmulatorRequest
        $byTitle.CompletionText | Should -Contain 'EmuAlbm'
        (Complete 'Remove-ImgurAlbum -AlbumId Emu').ListItemText -match '^EmuAlbm \(.+\)$' | Should -HaveCount 1 -Because 'the list shows the title beside the id'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes topics and tags' {
        $null = Get-ImgurTopic
        $null = Get-ImgurTag

        (Complete 'Get-ImgurTopicGallery -TopicId ').CompletionText | Should -Not -BeNullOrEmpty
        (Complete 'Get-ImgurTagGallery -TagName ca').CompletionText | Should -Contain 'cats'
        (Complete 'Add-ImgurFollowedTag -TagName ca').CompletionText | Should -Contain 'cats'
    }

    It 'quotes a value PowerShell would otherwise split or run, keeping the quote the user began with' {
        $null = Get-ImgurTopic
        $null = Get-ImgurTag

        (Complete 'Get-ImgurTopicGallery -TopicId Sci').CompletionText | Should -Be "'Science_&_Tech'"
        (Complete "Get-ImgurTopicGallery -TopicId 'Sci").CompletionText | Should -Be "'Science_&_Tech'"
        (Complete 'Get-ImgurTopicGallery -TopicId "Sci').CompletionText | Should -Be '"Science_&_Tech"'
        (Complete 'Get-ImgurTagGallery -TagName ca').CompletionText | Should -Contain 'cats' -Because 'plain names stay unquoted'
        $line = "Get-ImgurTopicGallery -TopicId $((Complete 'Get-ImgurTopicGallery -TopicId Sci').CompletionText)"
        $errors = $null
        $null = [System.Management.Automation.Language.Parser]::ParseInput($line, [ref] $null, [ref] $errors)
        $errors | Should -BeNullOrEmpty
    }

    It 'offers nothing before anything was seen' {
        Disconnect-Imgur
        Complete 'Get-ImgurAlbum -AlbumId ' | Should -BeNullOrEmpty
    }
}
