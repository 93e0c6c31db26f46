BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Set-ImgurVote' {
    BeforeEach {
        Reset-Emulator
        Clear-EmulatorRequest
    }

    It 'needs a signed-in user and says so before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Set-ImgurVote -GalleryId abc1234 -Vote up -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Where-Object path -Like '/3/gallery/*' | Should -BeNullOrEmpty
    }

    It 'takes gallery items by property name and sends nothing with -WhatIf' {
        $null = Connect-TestImgur -AsUser
        $items = Get-ImgurGallery | Select-Object -First 3
        Clear-EmulatorRequest

        $items | Set-ImgurVote -Vote up -WhatIf
        Set-ImgurVote -CommentId 12345 -Vote veto -WhatIf
        Set-ImgurVote -GalleryId $items[0].Id -TagName funny -Vote down -WhatIf

        Get-EmulatorRequest | Where-Object method -EQ POST | Should -BeNullOrEmpty
    }

    It 'picks the parameter set from the properties of the piped objects' {
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest

        [pscustomobject]@{ GalleryId = 'NoSuch1'; TagName = 'funny' }, [pscustomobject]@{ GalleryId = 'NoSuch2' }, [pscustomobject]@{ CommentId = 42 } |
            Set-ImgurVote -Vote up -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures.TargetObject | Should -Be @("tag 'funny' on gallery item NoSuch1", 'gallery item NoSuch2', 'comment 42')
        (Get-EmulatorRequest | Where-Object method -EQ POST | Select-Object -Last 3).path |
            Should -Be @('/3/gallery/NoSuch1/vote/tag/funny/up.json', '/3/gallery/NoSuch2/vote/up.json', '/3/comment/42/vote/up.json')
    }

    It 'refuses a veto on a tag before sending' {
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
        { Set-ImgurVote -GalleryId abc1234 -TagName funny -Vote veto -ErrorAction Stop } | Should -Throw -ErrorId 'TagVoteNotVeto*'
        Get-EmulatorRequest | Where-Object path -Like '/3/gallery/*' | Should -BeNullOrEmpty
    }

    It 'completes the votes on Tab' {
        $line = 'Set-ImgurVote -Vote '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object | Should -Be @('down', 'up', 'veto')
    }

    Context 'against GA-14 and TG-06 (POST /3/gallery/{id}/vote/{vote}, POST /3/gallery/{id}/vote/tag/{tag}/{vote})' {
        It 'votes on each gallery item of the pipeline (GA-14), and the vote counts change' {
            $null = Connect-TestImgur -AsUser
            $item = Get-ImgurGallery | Select-Object -First 1
            $before = $item | Get-ImgurGalleryVote
            Clear-EmulatorRequest

            $item | Set-ImgurVote -Vote up

            (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be "/3/gallery/$($item.Id)/vote/up.json"
            ($item | Get-ImgurGalleryVote).Ups | Should -BeGreaterOrEqual $before.Ups
            (Get-ImgurGalleryItem $item.Id).Vote | Should -Be 'up'
        }

        It 'votes on several gallery items given by id, as Get-ImgurGalleryItem takes them' {
            $null = Connect-TestImgur -AsUser
            $items = Get-ImgurGallery | Select-Object -First 2
            Clear-EmulatorRequest

            Set-ImgurVote -GalleryId $items.Id -Vote down

            (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be ($items | ForEach-Object { "/3/gallery/$($_.Id)/vote/down.json" })
            (Get-ImgurGalleryItem -GalleryId $items.Id).Vote | Should -Be 'down', 'down'
        }

        It 'votes on the tags Get-ImgurGalleryTag writes (TG-06)' {
            $null = Connect-TestImgur -AsUser
            $item = Get-ImgurGallery | Where-Object { $_.Tags } | Select-Object -First 1
            $tag = $item | Get-ImgurGalleryTag | Select-Object -First 1
            Clear-EmulatorRequest

            $tag | Set-ImgurVote -Vote down

            (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be "/3/gallery/$($item.Id)/vote/tag/$($tag.Name)/down.json"
        }

        It 'writes nothing by default, and with -PassThru the gallery item or tag with the vote counted' {
            $null = Connect-TestImgur -AsUser
            $item = Get-ImgurGallery | Where-Object { $_.Tags } | Select-Object -First 1
            $tag = $item | Get-ImgurGalleryTag | Select-Object -First 1

            $item | Set-ImgurVote -Vote down | Should -BeNullOrEmpty
            $voted = $item | Set-ImgurVote -Vote up -PassThru
            $tagVote = $tag | Set-ImgurVote -Vote up -PassThru

            $voted.GalleryId | Should -Be $item.Id
            $voted.Vote | Should -Be 'up'
            $tagVote | Should -BeOfType ImgurPS.Models.ImgurTagVote
            $tagVote.Name | Should -Be $tag.Name
            $tagVote.Ups | Should -Be ($tag.Ups + 1)
        }

        It 'writes a not-found error for an unknown item' {
            $null = Connect-TestImgur -AsUser
            { Set-ImgurVote -GalleryId NoSuch1 -Vote up -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }

    Context 'against CM-06 (POST /3/comment/{id}/vote/{vote})' {
        It 'votes on a comment by its CommentId' {
            $null = Connect-TestImgur -AsUser
            Clear-EmulatorRequest

            [pscustomobject]@{ CommentId = 2000000001 } | Set-ImgurVote -Vote up

            (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be '/3/comment/2000000001/vote/up.json'
        }

        It 'with -PassThru writes the comment it voted on' {
            $null = Connect-TestImgur -AsUser
            $comment = [pscustomobject]@{ CommentId = 2000000001 } | Set-ImgurVote -Vote up -PassThru
            $comment | Should -BeOfType ImgurPS.Models.ImgurComment
            $comment.Id | Should -Be 2000000001
        }
    }

    Context 'the emulator, sent what Set-ImgurVote never sends' {
        It 'answers 400 to <Path>, and 401 without a user first' -ForEach @(
            @{ Path = 'gallery/{0}/vote/sideways'; Expected = 'not a vote; use up, down or veto' }
            @{ Path = 'comment/2000000001/vote/sideways'; Expected = 'not a vote; use up, down or veto' }
            @{ Path = 'gallery/{0}/vote/tag/funny/veto'; Expected = 'not a vote; use up or down\.' }
        ) {
            $null = Connect-TestImgur
            $itemId = (Get-ImgurGallery | Select-Object -First 1).Id
            $null = Invoke-ImgurRestMethod -Method POST -Path ($Path -f $itemId) -ErrorAction SilentlyContinue -ErrorVariable anonymous
            $anonymous.Exception.StatusCode | Should -Be 401

            $null = Connect-TestImgur -AsUser
            $null = Invoke-ImgurRestMethod -Method POST -Path ($Path -f $itemId) -ErrorAction SilentlyContinue -ErrorVariable refused
            $refused.Exception.StatusCode | Should -Be 400
            $refused[0].ToString() | Should -Match $Expected
        }
    }
}

Describe 'Get-ImgurGalleryVote' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
    }

    It 'takes gallery items by property name and writes their votes with the gallery id' {
        $items = Get-ImgurGallery | Select-Object -First 2
        $votes = $items | Get-ImgurGalleryVote

        $votes | Should -HaveCount 2
        $votes[0] | Should -BeOfType ImgurPS.Models.ImgurVote
        $votes.GalleryId | Should -Be $items.Id
        $votes[0].Ups | Should -Be $items[0].Ups
        (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/gallery/$($items[1].Id)/votes.json"
    }

    It 'gives the same object in the XML form' {
        $id = (Get-ImgurGallery | Select-Object -First 1).Id
        (Get-ImgurGalleryVote $id -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurGalleryVote $id | ConvertTo-Comparable)
    }

    It 'writes a not-found error for an unknown item' {
        { Get-ImgurGalleryVote NoSuch1 -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
    }
}
